"""The agency list and the official-domain allowlist, read from ``data/agencies.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from frontdesk.i18n import Text
from frontdesk.knowledge.links import is_official

# libyaml's C loader is several times faster; the pure-Python one is the fallback where it is missing.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Agency:
    id: str
    name: str  # the agency's own spelling, bokmål where it has one
    domains: tuple[str, ...]
    names: Text  # for reports: name_nn and name_en where the name differs, else the name itself


def _names(entry: dict[str, object]) -> Text:
    name = str(entry["name"])
    return Text(name, str(entry.get("name_nn", name)), str(entry.get("name_en", name)))


@dataclass(frozen=True)
class AgencyRegistry:
    agencies: dict[str, Agency]
    official_domains: frozenset[str]

    @classmethod
    def load(cls, data_dir: Path) -> AgencyRegistry:
        raw = yaml.load((data_dir / "agencies.yaml").read_text(encoding="utf-8"), Loader=_LOADER)
        agencies = {key: Agency(id=key, name=str(value["name"]), domains=tuple(value.get("domains", [])),
                                names=_names(value)) for key, value in raw["agencies"].items()}
        domains = {d for a in agencies.values() for d in a.domains} | set(raw.get("extra_domains", []))
        return cls(agencies=agencies, official_domains=frozenset(d.lower() for d in domains))

    def name(self, agency_id: str) -> str:
        agency = self.agencies.get(agency_id)
        return agency.name if agency else agency_id

    def is_official_url(self, url: str) -> bool:
        """True when the link leads, as a browser reads it, to an allowlisted domain or a sub-domain of one
        (see :mod:`frontdesk.knowledge.links`)."""
        return is_official(url, self.official_domains)
