"""Form engine: declarative form definitions (``forms/*.v<N>.json``), a safe expression
language for skip logic and calculations, answer validation, form state and migration.

Pure Python (no Qt). Typical use::

    registry = FormRegistry.load_dir()           # collects problems of broken files
    defn = registry.latest("brede-intake")
    state = FormState(defn, answers)             # or FormState.from_flat(defn, draft.answers)
    result = state.set_answer("bsn", "999993653")
    state.is_relevant("vve_info_gegeven"), state.progress("B"), state.errors("A")
"""

from app.domain.forms.expressions import (
    Expression,
    ExpressionError,
    evaluate,
    parse_expression,
)
from app.domain.forms.loader import (
    FormDefinitionError,
    FormNotFound,
    FormProblem,
    FormRegistry,
    build_form,
    load_form_file,
    parse_form_text,
)
from app.domain.forms.migration import migrate_answers
from app.domain.forms.model import (
    CARD_THEMES,
    Choice,
    ChoiceList,
    Field,
    FieldType,
    FormDefinition,
    Section,
    Sensitivity,
    choice_key,
    field_keys,
    section_keys,
)
from app.domain.forms.state import (
    FieldPath,
    FormState,
    PathError,
    Progress,
    SetResult,
    display_value,
    flatten,
    format_date_nl,
    nest_flat,
    parse_path,
    unwrap,
)
from app.domain.forms.validation import (
    MESSAGES,
    ValidationMessage,
    balance_bidi,
    normalize_answer,
    strip_bidi,
    strip_controls,
    validation_messages,
)

__all__ = [
    "CARD_THEMES",
    "MESSAGES",
    "Choice",
    "ChoiceList",
    "Expression",
    "ExpressionError",
    "Field",
    "FieldPath",
    "FieldType",
    "FormDefinition",
    "FormDefinitionError",
    "FormNotFound",
    "FormProblem",
    "FormRegistry",
    "FormState",
    "PathError",
    "Progress",
    "Section",
    "Sensitivity",
    "SetResult",
    "ValidationMessage",
    "balance_bidi",
    "build_form",
    "choice_key",
    "display_value",
    "evaluate",
    "field_keys",
    "flatten",
    "format_date_nl",
    "load_form_file",
    "migrate_answers",
    "nest_flat",
    "normalize_answer",
    "parse_expression",
    "parse_form_text",
    "parse_path",
    "section_keys",
    "strip_bidi",
    "strip_controls",
    "unwrap",
    "validation_messages",
]
