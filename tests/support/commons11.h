#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/organisation.h"

#include <QList>
#include <QPair>
#include <QString>

namespace livedna::test {

// A small commons in format 1.1 built from domain values and written with CommonsWriter:
// E06000001 has two periods (2022-23 on Arena, 2023-24 on Spydus), every 1.1 field (sources,
// service period, layer, reported, systems, brick basis and source); E06000002 runs Arena,
// E06000003 a bespoke library system (product not known), E06000004 Spydus.
struct Commons11
{
    QString commons = QStringLiteral("commons-11");
    qint64 version = 1;
    Catalogue catalogue;
    QList<QPair<QString, Organisation>> documents; // path -> organisation

    static Commons11 sample();
    static Organisation hartlepool(const QString &period);
    // Writes bricks.json, every document and index.json (with each entry's period when its
    // organisation has several documents). Empty string, or what went wrong.
    QString writeTo(const QString &dir) const;
    void remove(const QString &path);
};

} // namespace livedna::test
