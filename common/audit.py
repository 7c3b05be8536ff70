"""Writing the audit trail. Service functions call `record_change` for every change of state."""

from django.contrib.contenttypes.models import ContentType

from .models import AuditRecord


def record_change(
    obj,
    *,
    by,
    action: str,
    from_state: str = "",
    to_state: str = "",
    reason: str = "",
    changes: dict | None = None,
) -> AuditRecord:
    return AuditRecord.objects.create(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=str(obj.pk),
        object_repr=str(obj)[:300],
        action=action,
        from_state=from_state or "",
        to_state=to_state or "",
        reason=reason or "",
        changes=changes or {},
        actor=by if getattr(by, "is_authenticated", False) else None,
    )
