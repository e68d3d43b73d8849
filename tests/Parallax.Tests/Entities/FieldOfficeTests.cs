using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// A capitalised field before an English office written after it ("Housing Minister", "Trade Commissioner"): the field is
/// part of the title mention, the person is the name after it alone (docs/entities.md, "Fields of offices"; English
/// sentences written for these tests).
/// </summary>
public class FieldOfficeTests
{
    [Fact]
    public void A_field_word_before_minister_is_part_of_the_title()
    {
        var d = Run("The scheme was announced on Monday. Media Minister Orla Quinlan ordered a review of the accounts.");
        var m = Mentions(d);
        Assert.Contains(("Media Minister", EntityTypes.Person), m);
        Assert.Contains(("Orla Quinlan", EntityTypes.Person), m);
        Assert.DoesNotContain(("Minister", EntityTypes.Person), m);
        Assert.Same(Owner(d, "Media Minister"), Owner(d, "Orla Quinlan"));
    }

    [Fact]
    public void A_field_after_a_possessive_and_before_commissioner_is_part_of_the_title()
    {
        var m = Mentions(Run("Talks stalled, and Norway's Fisheries Minister Halvard Brekke left early while Trade Commissioner Ines Varga stayed."));
        Assert.Contains(("Fisheries Minister", EntityTypes.Person), m);
        Assert.Contains(("Trade Commissioner", EntityTypes.Person), m);
        Assert.Contains(("Ines Varga", EntityTypes.Person), m);
    }

    [Fact]
    public void A_qualifier_of_the_holder_or_a_longer_capitalised_run_is_not_a_field()
    {
        var m = Mentions(Run("The hearing opened late. Former Minister Bram Ostrander declined to comment."));
        Assert.DoesNotContain(("Former Minister", EntityTypes.Person), m);
        Assert.Contains(("Bram Ostrander", EntityTypes.Person), m);
        // a given name before the office is a person of its own, not a field
        m = Mentions(Run("The committee met, and Peter Minister Jones was not there."));
        Assert.DoesNotContain(("Peter Minister", EntityTypes.Person), m);
    }
}
