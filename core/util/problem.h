#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace livedna {

// One thing wrong with one input: which file, where inside it (a JSON Pointer such as
// /services/3/bricks/1/annual_cost_gbp, empty for the whole file) and what is wrong.
struct Problem
{
    QString file;
    QString pointer;
    QString message;

    QString toString() const; // "file: /pointer: message"
};

// Nothing crosses the event loop as an exception: operations return either a value or
// the problems that prevented one.
template<typename T>
class Result
{
public:
    Result() = default;
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QList<Problem> problems)
    {
        Result r;
        r.m_problems = std::move(problems);
        return r;
    }
    static Result failure(const QString &file, const QString &pointer, const QString &message)
    {
        return failure(QList<Problem>{Problem{file, pointer, message}});
    }

    bool ok() const { return m_value.has_value() && m_problems.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T take() { return std::move(*m_value); }
    const QList<Problem> &problems() const { return m_problems; }
    QString errorString() const; // every problem, one per line

private:
    std::optional<T> m_value;
    QList<Problem> m_problems;
};

QString problemsToString(const QList<Problem> &problems);

template<typename T>
QString Result<T>::errorString() const
{
    return problemsToString(m_problems);
}

// For operations with no value: ok, or an error message.
struct Status
{
    bool ok = true;
    QString error;

    static Status success() { return {}; }
    static Status failure(QString message) { return {false, std::move(message)}; }
    explicit operator bool() const { return ok; }
};

} // namespace livedna
