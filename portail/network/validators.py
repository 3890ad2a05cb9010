from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from stdnum.exceptions import ValidationError as NumberError
from stdnum.fr import siren


def validate_siren(value):
    """Nine digits whose Luhn checksum holds (python-stdnum); spaces are tolerated."""
    try:
        siren.validate(value)
    except NumberError as error:
        raise ValidationError(
            _("« %(value)s » n’est pas un numéro SIREN valide (9 chiffres, clé de contrôle)."),
            params={"value": value},
            code="invalid_siren",
        ) from error
