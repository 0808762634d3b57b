#include "core/domain/organisation.h"

namespace livedna {

QString orgKindToString(OrgKind kind)
{
    switch (kind) {
    case OrgKind::Council:
        return QStringLiteral("council");
    case OrgKind::NhsTrust:
        return QStringLiteral("nhs-trust");
    case OrgKind::Other:
        break;
    }
    return QStringLiteral("other");
}

bool orgKindFromString(const QString &text, OrgKind *kind)
{
    if (text == QLatin1String("council"))
        *kind = OrgKind::Council;
    else if (text == QLatin1String("nhs-trust"))
        *kind = OrgKind::NhsTrust;
    else if (text == QLatin1String("other"))
        *kind = OrgKind::Other;
    else
        return false;
    return true;
}

} // namespace livedna
