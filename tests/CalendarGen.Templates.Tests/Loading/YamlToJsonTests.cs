namespace CalendarGen.Templates.Tests.Loading;

public sealed class YamlToJsonTests
{
    private const string Yaml = "a: True\nb: yes\nc: \"12\"\nd: 12\ne: ~\nf: 1.5\ng: 12pt\nh:\n";

    [Fact]
    public void The_editor_view_types_scalars_as_YAML_1_2_does()
    {
        var json = YamlToJson.Convert(Yaml, ScalarView.Editor)!;
        Assert.Equal("""{"a":true,"b":"yes","c":"12","d":12,"e":null,"f":1.5,"g":"12pt","h":null}""", json.ToJsonString());
    }

    [Fact]
    public void The_CLI_view_types_scalars_by_their_text_as_the_reader_does()
    {
        var json = YamlToJson.Convert(Yaml, ScalarView.Cli)!;
        Assert.Equal("""{"a":"True","b":true,"c":12,"d":12,"e":"~","f":1.5,"g":"12pt","h":""}""", json.ToJsonString());
    }

    [Fact]
    public void Lists_and_nested_mappings_keep_their_shape()
    {
        var json = YamlToJson.Convert("p:\n  - { id: x, cmyk: [0, \"100\"] }\n", ScalarView.Editor)!;
        Assert.Equal("""{"p":[{"id":"x","cmyk":[0,"100"]}]}""", json.ToJsonString());
        Assert.Null(YamlToJson.Convert("", ScalarView.Editor));
    }
}
