#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace livedna::test {

// Builds a commons folder for a test from domain-shaped JSON, and writes index.json with
// the right sha256 and bytes for every document, so a test only spells out what it is
// about. Tamper after writeTo() (or with setDocumentBytes / indexOverride) to make a
// commons wrong in exactly one way.
class CommonsFixture
{
public:
    explicit CommonsFixture(QString commonsId = QStringLiteral("test-commons"), qint64 version = 1);

    QString commons;
    QString title = QStringLiteral("Test commons");
    qint64 version = 1;
    QDateTime published = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    QDateTime expires; // not stated when invalid
    QJsonObject indexOverride; // keys replace the computed index's (e.g. "format")

    void setBricks(const QJsonObject &doc, const QString &path = QStringLiteral("bricks.json"));
    // Stored at orgs/<code>.json unless a path is given; the index entry's org is the code.
    void setOrganisation(const QJsonObject &doc, const QString &path = QString());
    // Exact bytes for a document; `org` empty for the bricks document.
    void setDocumentBytes(const QString &path, const QByteArray &bytes, const QString &org);
    void removeDocument(const QString &path);
    QByteArray documentBytes(const QString &path) const;
    QStringList paths() const;

    QJsonObject indexObject() const;
    QByteArray indexBytes() const;
    // Writes every document and index.json into dir (created if needed); files of
    // documents removed since an earlier write are deleted.
    bool writeTo(const QString &dir, QString *error = nullptr) const;

    // Domain-shaped builders.
    static QJsonObject capability(const QString &id, const QString &name, const QString &layer);
    static QJsonObject catalogueBrick(const QString &id, const QString &name, const QString &capability,
                                      double standardCost);
    static QJsonObject bricksDocument(const QJsonArray &capabilities, const QJsonArray &bricks);
    static QJsonObject standardInstance(const QString &id, const QString &name, const QString &uses, double cost);
    static QJsonObject bespokeInstance(const QString &id, const QString &name, const QString &capability,
                                       double cost, double fte = -1);
    static QJsonObject flow(const QString &from, const QString &to, const QString &label = QString());
    static QJsonObject service(const QString &id, const QString &name, const QJsonArray &bricks,
                               const QJsonArray &flows = {});
    static QJsonObject organisation(const QString &code, const QString &name, const QString &kind,
                                    const QJsonArray &services, const QString &period = QStringLiteral("2025-26"));

    // A small valid commons: 4 capabilities, 3 catalogue bricks, 3 organisations whose
    // names carry commas, apostrophes, ampersands and Welsh letters.
    static CommonsFixture sample(const QString &commonsId = QStringLiteral("test-commons"), qint64 version = 1);
    static QJsonObject sampleBricks();
    static QJsonObject sampleOrganisation(const QString &code, const QString &name, int services = 2);

private:
    struct Doc
    {
        QByteArray bytes;
        QString org; // empty for bricks
    };
    QMap<QString, Doc> m_docs;
};

} // namespace livedna::test
