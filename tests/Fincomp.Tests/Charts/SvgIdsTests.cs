using Fincomp.Charts;
using Xunit;

namespace Fincomp.Tests.Charts;

public sealed class SvgIdsTests
{
    [Fact]
    public void Clip_ids_are_renumbered_in_order_of_appearance_with_their_references()
    {
        const string svg = """<clipPath id="cl_1f"/><g clip-path="url(#cl_1f)"/><clipPath id="cl_a"/><use href="#cl_a"/>""";

        Assert.Equal("""<clipPath id="fc1"/><g clip-path="url(#fc1)"/><clipPath id="fc2"/><use href="#fc2"/>""", SvgIds.Normalize(svg));
    }
}
