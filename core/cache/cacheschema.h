#pragma once

#include "core/util/migrator.h"

namespace livedna {

// The cache's schema, one Migration per version. Never edit a released step: add one.
QList<Migration> cacheMigrations();

} // namespace livedna
