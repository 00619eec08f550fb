"""Agreement between the reviewers of a recording (issue 13): the dialog of Gesprek > Overeenstemming tussen
kijkers…, opened by `open_agreement` for the recording in the review (or the first one of the conversation chosen
in the werkmap)."""

from .agreement_dialog import AgreementDialog
from .opening import open_agreement

__all__ = ["AgreementDialog", "open_agreement"]
