using Parallax.Model;

namespace Parallax.Events;

/// <summary>
/// The twelfth recall round (docs/events.md, "Statecraft that reduces relations"): the capital after "with"/"avec" of a
/// sanction that cuts relations ("suspended its cooperation with Moscow", "a cessé de partager ses renseignements avec
/// Kiev") is the partner's government, the act's recipient, not the place where it happened.
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>Whether a co-participant of a directed sanction is a capital standing for its state.</summary>
    bool CapitalPartnerOfACut(Trigger t, string role, Entity e) => role == "with" && t.Type == "SANCTION" && IsCapital(e);
}
