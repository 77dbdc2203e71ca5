"""Words the page shows around a result: bands in plain language, and next steps."""

from __future__ import annotations

from dataclasses import dataclass

BAND_WORDS = {
    "low": ("Low risk", "We found few or no warning signs. Still check the employer yourself."),
    "medium": ("Some warning signs", "Parts of this ad look like known scams or exploitation. Look closer."),
    "high": ("High risk", "This ad shows several warning signs of a scam or exploitation."),
    "very_high": (
        "Very high risk",
        "This ad shows strong warning signs of a scam, trafficking or forced labour.",
    ),
}


@dataclass(frozen=True)
class Link:
    name: str
    url: str


@dataclass(frozen=True)
class Step:
    title: str
    text: str
    links: tuple[Link, ...] = ()


NEXT_STEPS: tuple[Step, ...] = (
    Step(
        "Verify the employer independently",
        "Look the company up yourself: its own website, the official business register of its "
        "country, and reviews from other workers. Call a phone number you found yourself, not "
        "the one in the ad. A licensed recruitment agency can show its licence number, which "
        "you can check with the labour ministry that issued it.",
    ),
    Step(
        "Never pay a fee to get a job",
        "Under the ILO's fair-recruitment principles the employer, not the worker, pays for "
        "recruitment. Requests for visa, training, medical or placement fees up front are a "
        "common sign of a scam or of debt bondage.",
        (Link("International Labour Organization (ILO)", "https://www.ilo.org/"),),
    ),
    Step(
        "Keep your passport and documents",
        "Nobody else should hold your passport, ID or contract. An employer keeping identity "
        "documents is one of the ILO's indicators of forced labour. Keep copies with someone "
        "you trust at home.",
    ),
    Step(
        "Where to ask for help or report",
        "If you think someone is in danger, call the local emergency number or the police. "
        "National anti-trafficking hotlines and the International Organization for Migration "
        "(IOM) can advise; for example, the US National Human Trafficking Hotline "
        "(1-888-373-7888) and the UK Modern Slavery & Exploitation Helpline (08000 121 700). "
        "You can also report the ad to the website or platform where it was published.",
        (
            Link("IOM (International Organization for Migration)", "https://www.iom.int/"),
            Link("US National Human Trafficking Hotline", "https://humantraffickinghotline.org/"),
            Link("UK Modern Slavery & Exploitation Helpline", "https://www.modernslaveryhelpline.org/"),
        ),
    ),
)
