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

QString basisToString(Basis basis)
{
    return basis == Basis::Estimated ? QStringLiteral("estimated") : QStringLiteral("published");
}

bool basisFromString(const QString &text, Basis *basis)
{
    if (text == QLatin1String("published"))
        *basis = Basis::Published;
    else if (text == QLatin1String("estimated"))
        *basis = Basis::Estimated;
    else
        return false;
    return true;
}

const Service *Organisation::service(const QString &id) const
{
    for (const Service &s : services) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

Service *Organisation::service(const QString &id)
{
    for (Service &s : services) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

} // namespace livedna
