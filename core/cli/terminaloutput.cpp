#include "core/cli/terminaloutput.h"

#include "core/models/format.h"

#include <QString>

namespace livedna {

namespace {

// How many bytes at the end of `bytes` start a UTF-8 sequence that is not complete yet.
qsizetype incompleteTail(const QByteArray &bytes)
{
    for (qsizetype back = 1; back <= 3 && back <= bytes.size(); ++back) {
        const auto b = static_cast<unsigned char>(bytes.at(bytes.size() - back));
        if ((b & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for the lead byte
        const int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        return length > back ? back : 0;
    }
    return 0;
}

} // namespace

TerminalOutput::TerminalOutput(QIODevice *target, bool keepCarriageReturn)
    : m_target(target)
    , m_keepCarriageReturn(keepCarriageReturn)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalOutput::~TerminalOutput()
{
    if (!m_pending.isEmpty())
        m_target->write(m_pending);
}

QByteArray TerminalOutput::escape(QByteArray utf8, QByteArray *pending, bool keepCarriageReturn)
{
    utf8.prepend(*pending);
    const qsizetype tail = incompleteTail(utf8);
    *pending = utf8.right(tail);
    utf8.chop(tail);
    return Format::terminalText(QString::fromUtf8(utf8), keepCarriageReturn).toUtf8();
}

qint64 TerminalOutput::writeData(const char *data, qint64 len)
{
    const QByteArray out = escape(QByteArray(data, len), &m_pending, m_keepCarriageReturn);
    if (!out.isEmpty() && m_target->write(out) < 0)
        return -1;
    return len;
}

} // namespace livedna
