#include "sync/FaultPoint.h"

namespace vigie::sync {
namespace {
FaultHook& hook()
{
    static FaultHook installed;
    return installed;
}
} // namespace

void setFaultHook(FaultHook h)
{
    hook() = std::move(h);
}

void faultPoint(const char* point)
{
    if (const FaultHook& h = hook())
        h(point);
}

} // namespace vigie::sync
