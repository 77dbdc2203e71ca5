"""Travel and visa irregularities: free travel, tourist visas, airport pick-up, overland transit."""

from model.indicators.family import PatternFamily


class TravelVisaDetector(PatternFamily):
    family = "travel_visa"
    indicator_ids = ("employer_pays_travel", "tourist_visa_entry", "airport_pickup", "transit_third_country")
