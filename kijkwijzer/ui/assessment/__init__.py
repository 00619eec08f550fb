"""The begrijpen/willen/kunnen self-assessment (001) as a wizard, with evidence beside each pillar.

For the main window: `AssessmentWizard(ctx, professional_id, parent)`; connect `fragment_requested`
to open a moment in the review view, or pass `player_factory` to play it inside the wizard.
`PlanPanel(ctx, professional_id, parent, due_only=True)` lists the actions that are due (show it on opening
when `services.plan.due(ctx, professional_id)` is not empty).
"""

from kijkwijzer.ui.lazy import lazy_exports

__getattr__, __all__ = lazy_exports(__name__, {
    "AssessmentWizard": "wizard",
    "EvidenceList": "evidence_list",
    "PlanPanel": "plan_panel",
    "ScaleRow": "scale_row",
})
