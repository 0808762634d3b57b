#pragma once

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace livedna::test {

// One run of the real livedna-cli binary.
struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray rawOut;
    QByteArray rawErr;
    QString out; // stdout decoded as UTF-8
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(rawOut); }
    QString describe() const; // exit code, stdout and stderr, for failure messages
};

// Runs livedna-cli (LIVEDNA_CLI) with `--cache cachePath` before `arguments`, in English
// (LIVEDNA_LANG=en_GB) unless `env` says otherwise.
CliRun runCli(const QString &cachePath, const QStringList &arguments,
              const QProcessEnvironment &env = QProcessEnvironment(), int timeoutMs = 120000);

// Copies a folder tree (works from :/ resources too). Returns false on any failure.
bool copyTree(const QString &from, const QString &to);

// Rewrites the sha256/bytes of every entry of `dir`/index.json from the files on disk, and
// sets its version when `version` > 0. Lets tests edit a document and still reach the
// content checks behind the hash check.
bool rehashIndex(const QString &dir, qint64 version = 0);

} // namespace livedna::test
