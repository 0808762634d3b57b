#pragma once

#include "core/area/areadata.h"

#include <QDialog>
#include <QHash>
#include <QString>

class QCompleter;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace livedna {

class Cache;

// File ▸ Export briefing…: choose a constituency by typing its name, its code or its MP's
// name (type-ahead), then where to save the briefing (PDF, HTML or Markdown). The writing
// itself is core's exportBriefing(), which the My area view calls too.
class BriefingDialog : public QDialog
{
    Q_OBJECT

public:
    BriefingDialog(const AreaData &areas, QWidget *parent = nullptr);

    // The chosen constituency's code, empty while the text names none.
    QString constituencyCode() const;
    void setText(const QString &text);

    // The whole interaction; returns the path written, or empty when cancelled or failed
    // (a failure is shown to the user).
    static QString exportFrom(QWidget *parent, const Cache &cache);

private:
    void updateChoice();

    QLineEdit *m_edit = nullptr;
    QLabel *m_choice = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QString> m_codeOfItem; // completer item -> PCON24CD
    QHash<QString, QString> m_codes;      // upper-case code -> PCON24CD
    QHash<QString, QString> m_describe;   // PCON24CD -> "Name · MP (party)"
    QString m_code;
};

} // namespace livedna
