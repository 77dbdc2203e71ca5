"""Process anomalies: no interview, hired on the spot, guaranteed jobs, urgency, secrecy."""

from model.indicators.family import PatternFamily


class ProcessDetector(PatternFamily):
    family = "process"
    indicator_ids = ("no_interview", "hired_immediately", "guaranteed_placement", "urgency", "secrecy")
