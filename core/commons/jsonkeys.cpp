#include "core/commons/jsonkeys.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace livedna {

namespace {

// One open object or array: an object remembers its member names and the member being
// read; an array, the index of its current element. Together they spell the pointer.
// Names are views into the input (decoded copies, only for names with escapes, live in one
// deque owned by the scan: a Frame may be copied when the stack grows, so it must not own
// what its views point at); a frame
// compares linearly while it is small and switches to a hash set past SmallObject names,
// so a hostile object with a million members stays linear.
struct Frame
{
    static constexpr size_t SmallObject = 16;
    bool object = false;
    bool expectKey = false;
    int index = 0;
    std::string_view key;
    std::vector<std::string_view> small;
    std::unordered_set<std::string_view> large;

    bool insert(std::string_view name)
    {
        if (large.empty()) {
            if (std::find(small.cbegin(), small.cend(), name) != small.cend())
                return false;
            small.push_back(name);
            if (small.size() > SmallObject) {
                large.insert(small.cbegin(), small.cend());
                small.clear();
            }
            return true;
        }
        return large.insert(name).second;
    }
};

// The string token starting at `at` (a quote), as a view of its raw bytes; `at` ends after
// it. `escaped` says whether it holds a backslash.
std::string_view rawString(const QByteArray &json, qsizetype *at, bool *escaped)
{
    const qsizetype start = *at + 1;
    const char *data = json.constData();
    qsizetype i = start;
    *escaped = false;
    for (;;) {
        const void *q = std::memchr(data + i, '"', size_t(json.size() - i));
        const qsizetype quote = q ? static_cast<const char *>(q) - data : json.size();
        qsizetype b = quote;
        while (b > start && data[b - 1] == '\\')
            --b;
        i = quote + 1;
        if (quote >= json.size() || ((quote - b) & 1) == 0)
            break;
    }
    *at = i;
    const size_t length = size_t(qMax<qsizetype>(0, i - 1 - start));
    *escaped = std::memchr(data + start, '\\', length) != nullptr;
    return std::string_view(data + start, length);
}

// Rare: let the JSON parser decode the escapes, so "a" and "\u0061" are one name.
std::string decodeName(std::string_view raw)
{
    const QByteArray wrapped = "[\"" + QByteArray(raw.data(), qsizetype(raw.size())) + "\"]";
    return QJsonDocument::fromJson(wrapped).array().at(0).toString().toStdString();
}

QString escapePointerToken(std::string_view token)
{
    QString s = QString::fromUtf8(token.data(), qsizetype(token.size()));
    s.replace(QLatin1Char('~'), QLatin1String("~0"));
    s.replace(QLatin1Char('/'), QLatin1String("~1"));
    return s;
}

QString pointerTo(const std::vector<Frame> &stack, std::string_view key)
{
    QString pointer;
    for (size_t f = 0; f + 1 < stack.size(); ++f) {
        const Frame &frame = stack[f];
        pointer += QLatin1Char('/') + (frame.object ? escapePointerToken(frame.key) : QString::number(frame.index));
    }
    return pointer + QLatin1Char('/') + escapePointerToken(key);
}

} // namespace

std::optional<QString> duplicateKeyPointer(const QByteArray &json)
{
    std::vector<Frame> stack;
    std::deque<std::string> decoded; // stable addresses for the views of escaped names
    qsizetype i = 0;
    const qsizetype n = json.size();
    const char *data = json.constData();
    while (i < n) {
        switch (data[i]) {
        case '{':
            stack.emplace_back();
            stack.back().object = true;
            stack.back().expectKey = true;
            ++i;
            break;
        case '[':
            stack.emplace_back();
            ++i;
            break;
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            ++i;
            break;
        case ',':
            if (!stack.empty()) {
                Frame &top = stack.back();
                if (top.object)
                    top.expectKey = true;
                else
                    ++top.index;
            }
            ++i;
            break;
        case '"': {
            bool escaped = false;
            std::string_view text = rawString(json, &i, &escaped);
            if (stack.empty() || !stack.back().object || !stack.back().expectKey)
                break; // a value
            Frame &top = stack.back();
            top.expectKey = false;
            if (escaped)
                text = decoded.emplace_back(decodeName(text));
            if (!top.insert(text))
                return pointerTo(stack, text);
            top.key = text;
            break;
        }
        default: // ':', whitespace, numbers, true, false, null
            ++i;
            break;
        }
    }
    return std::nullopt;
}

} // namespace livedna
