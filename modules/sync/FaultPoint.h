#pragma once
// Named points in the synchronisation code where a test may stop the process (SIGKILL) or fail an
// operation, to prove that a crash there loses nothing (sync-design.md §6.4). Without a hook, which
// is always the case outside the fault-injection harness, a point costs one test of a null pointer.

#include <functional>

namespace vigie::sync {

// The points, in the order a synchronisation meets them.
inline constexpr const char* ClientPushAnswered = "client.push.answered";   // the server committed; the acks not stored yet
inline constexpr const char* ClientPullRowApplied = "client.pull.row";      // inside a page's local transaction
inline constexpr const char* ClientPullBeforeCommit = "client.pull.commit"; // the page applied, its cursor not committed
inline constexpr const char* ServerPushBeforeCommit = "server.push.commit"; // rows and log written, nothing committed
inline constexpr const char* ServerPushBetweenCommits = "server.push.between"; // the log committed, the file not yet

using FaultHook = std::function<void(const char* point)>;
// Installs (or, with an empty hook, removes) the process's hook.
void setFaultHook(FaultHook hook);
void faultPoint(const char* point);

} // namespace vigie::sync
