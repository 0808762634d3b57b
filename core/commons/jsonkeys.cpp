#include "core/commons/jsonkeys.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <string>
#include <unordered_set>
#include <vector>

namespace livedna {

namespace {

// One open object or array: an object remembers its member names (a hash set, so a
// hostile object with a million members stays linear) and the member being read; an
// array, the index of its current element. Together they spell the pointer.
struct Frame
{
    bool object = false;
    bool expectKey = false;
    int index = 0;
    std::string key;
    std::unordered_set<std::string> keys;
};

// The decoded text of the string token starting at `at` (a quote); `at` ends after it.
std::string readString(const QByteArray &json, qsizetype *at)
{
    const qsizetype start = *at + 1;
    qsizetype i = start;
    bool escaped = false;
    while (i < json.size() && json.at(i) != '"') {
        if (json.at(i) == '\\') {
            escaped = true;
            ++i;
        }
        ++i;
    }
    *at = i + 1;
    if (!escaped)
        return std::string(json.constData() + start, size_t(i - start));
    // Rare: let the JSON parser decode the escapes, so "a" and "\u0061" are one name.
    const QByteArray wrapped = '[' + json.mid(start - 1, i - start + 2) + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0).toString().toStdString();
}

QString escapePointerToken(const std::string &token)
{
    QString s = QString::fromStdString(token);
    s.replace(QLatin1Char('~'), QLatin1String("~0"));
    s.replace(QLatin1Char('/'), QLatin1String("~1"));
    return s;
}

QString pointerTo(const std::vector<Frame> &stack, const std::string &key)
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
    qsizetype i = 0;
    while (i < json.size()) {
        const char c = json.at(i);
        switch (c) {
        case '{':
            stack.push_back(Frame{true, true, 0, {}, {}});
            ++i;
            break;
        case '[':
            stack.push_back(Frame{false, false, 0, {}, {}});
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
            std::string text = readString(json, &i);
            if (!stack.empty() && stack.back().object && stack.back().expectKey) {
                Frame &top = stack.back();
                top.expectKey = false;
                if (!top.keys.insert(text).second)
                    return pointerTo(stack, text);
                top.key = std::move(text);
            }
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
