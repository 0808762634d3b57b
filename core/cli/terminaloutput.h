#pragma once

#include <QByteArray>
#include <QIODevice>

namespace livedna {

// A write-only device in front of stdout or stderr that passes UTF-8 text through
// Format::terminalText(): a name or description from a commons can carry ESC, BEL, CR or a
// right-to-left override, and none of them may act on the user's terminal (issue 12).
// Multi-byte characters split across writes are held until complete.
class TerminalOutput : public QIODevice
{
public:
    // stderr keeps \r: the progress line rewrites itself with it.
    explicit TerminalOutput(QIODevice *target, bool keepCarriageReturn = false);
    ~TerminalOutput() override;

    // The bytes `utf8` should become on a terminal; `pending` keeps an incomplete tail.
    static QByteArray escape(QByteArray utf8, QByteArray *pending, bool keepCarriageReturn = false);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override;

private:
    QIODevice *m_target;
    QByteArray m_pending;
    bool m_keepCarriageReturn;
};

} // namespace livedna
