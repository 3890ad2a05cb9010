from .members import FrenchRegion, Member, MemberKind, Partnership, PartnershipStatus
from .pages import AtlasPage, CountryGroupIndex, CountryGroupPage, MemberDirectory

__all__ = [
    "AtlasPage",
    "CountryGroupIndex",
    "CountryGroupPage",
    "FrenchRegion",
    "Member",
    "MemberDirectory",
    "MemberKind",
    "Partnership",
    "PartnershipStatus",
]
