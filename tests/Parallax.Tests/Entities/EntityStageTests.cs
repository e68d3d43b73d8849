using Parallax.Entities;
using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Entities;

public class EntityStageTests
{
    [Fact]
    public void Spelling_and_transliteration_variants_are_one_linked_entity()
    {
        var d = Run.Text("Dmitri Peskov a parlé mercredi. Le porte-parole, Dmitry Peskov, a ajouté que M. Peskov restait prudent. Zelenskiy et Zelensky ont répondu.");
        var peskov = d.Named("Dmitry Peskov");
        Assert.Single(d.Entities, e => e.Name.Contains("Peskov"));
        Assert.Equal(3, peskov.Mentions.Count(m => m.Text.Contains("Peskov")));
        Assert.Single(d.Entities, e => e.Name.Contains("Zelensk"));
    }

    [Fact]
    public void A_role_description_resolves_to_the_office_holder_at_the_publication_date()
    {
        var in2022 = Run.Text("Le président américain a appelé son homologue français.", published: "2022-02-12");
        var in2025 = Run.Text("Le président américain a appelé son homologue français.", published: "2025-02-12");
        Assert.Contains(in2022.Entities, e => e.Name == "Joe Biden");
        Assert.Contains(in2025.Entities, e => e.Name == "Donald Trump");
        Assert.DoesNotContain(in2025.Entities, e => e.Name == "Joe Biden");
    }

    [Fact]
    public void Demonyms_and_capitals_give_countries_and_places()
    {
        var d = Run.Text("Les autorités russes ont convoqué l'ambassadeur. Moscou et Kyiv ont réagi, a indiqué l'OTAN.");
        Assert.Contains(d.Entities, e => e.Name == "Moscow" && e.Type == EntityTypes.Location && e.Country == "RUS");
        Assert.Contains(d.Entities, e => e.Name == "NATO" && e.Type == EntityTypes.Organization);
        Assert.Contains(d.Entities, e => e.Name == "Kyiv");
    }

    [Fact]
    public void Unknown_people_are_kept_without_a_link()
    {
        var d = Run.Text("Selon Jean-Baptiste Morvan, le ministre a démissionné. Morvan a refusé de commenter.");
        var p = d.Entities.Single(e => e.Name == "Jean-Baptiste Morvan");
        Assert.Null(p.Kb);
        Assert.Equal(EntityTypes.Person, p.Type);
        Assert.Equal(2, p.Mentions.Length);
    }

    [Fact]
    public void Every_mention_is_the_exact_text_at_its_offsets()
    {
        var d = Run.Text("Vladimir Poutine a rencontré Emmanuel Macron à Paris. Poutine a souri ; le président français aussi.");
        foreach (var e in d.Entities)
            foreach (var m in e.Mentions)
                Assert.Equal(m.Text, d.Text[m.Start..m.End]);
        Assert.Equal(2, d.Named("Vladimir Putin").Mentions.Length);
    }

    [Fact]
    public void Edit_distance_counts_single_edits() =>
        Assert.Equal([0, 1, 1, 2], new[] { EntityStage.EditDistance("peskov", "peskov"), EntityStage.EditDistance("peskov", "peskof"),
            EntityStage.EditDistance("zelensky", "zelenskyy"), EntityStage.EditDistance("dmitri", "dimitry") });

    [Fact]
    public void The_bundled_knowledge_base_has_well_formed_wikidata_ids()
    {
        var kb = KnowledgeBase.Default;
        Assert.NotEmpty(kb.Entities);
        foreach (var e in kb.Entities)
            if (e.Qid != null) Assert.Matches("^Q[1-9][0-9]*$", e.Qid);
        Assert.Equal(kb.Entities.Count(e => e.Qid != null), kb.Entities.Where(e => e.Qid != null).Select(e => e.Qid).Distinct().Count());
    }

    [Fact]
    public void A_person_the_KB_does_not_know_takes_the_role_and_country_written_before_the_name()
    {
        var d = Run.Text("Russian President Ivan Petrovsky said on Monday that talks would resume.", published: "2031-05-02");
        var p = d.Entities.Single(e => e.Name == "Ivan Petrovsky");
        Assert.Null(p.Kb);
        Assert.Equal("RUS", p.Country);
        Assert.Contains("Russian President", p.Roles);
        // the office holder of the day is not dragged in
        Assert.DoesNotContain(d.Entities, e => e.Name == "Vladimir Putin");
    }

    [Fact]
    public void Speakers_next_to_a_reporting_verb_are_entities_even_without_a_known_given_name()
    {
        var d = Run.Text("“We will see,” Mayer said. NASA said the launch was delayed, according to InfoNation.");
        Assert.Contains(d.Entities, e => e.Name == "Mayer" && e.Type == EntityTypes.Person);
        Assert.Contains(d.Entities, e => e.Name == "NASA" && e.Type == EntityTypes.Organization);
        Assert.Contains(d.Entities, e => e.Name == "InfoNation");
    }
}
