#include "core/util/logging.h"

Q_LOGGING_CATEGORY(lcCommons, "livedna.commons")
Q_LOGGING_CATEGORY(lcCache, "livedna.cache")
Q_LOGGING_CATEGORY(lcSync, "livedna.sync")
Q_LOGGING_CATEGORY(lcAnalysis, "livedna.analysis")
Q_LOGGING_CATEGORY(lcProposal, "livedna.proposal")
Q_LOGGING_CATEGORY(lcImport, "livedna.import")
Q_LOGGING_CATEGORY(lcUi, "livedna.ui")
