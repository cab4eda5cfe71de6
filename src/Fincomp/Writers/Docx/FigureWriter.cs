using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Fincomp.Document;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Run = DocumentFormat.OpenXml.Wordprocessing.Run;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Fincomp.Writers.Docx;

/// <summary>
/// A chart as an inline DrawingML picture about 15 cm wide (never wider than the text) and at most 7 cm high, keeping
/// its aspect ratio, with the caption as the picture's alt text and as the caption line below it; the Figure style
/// keeps the picture on the caption's page, and nothing keeps the text before it on the picture's page; a figure that
/// would not fit at the foot of a page is placed earlier in its section by <see cref="FigurePlacement"/>. 7 cm rather than 7.5: picture and caption then take 8.5 cm, and in the sample's
/// second part, where a chart closes every section, no page is left with more than a quarter of it empty (a
/// 7.5 cm figure left pages 3–5 a third empty each). This is the only place a figure's
/// caption is written, so templates place a figure with its directive alone.
/// </summary>
internal static class FigureWriter
{
    private const long EmuPerTwip = 635;
    private const long PreferredWidth = 5_400_000; // 15 cm
    private const long MaxHeight = 2_520_000; // 7 cm

    public static IEnumerable<OpenXmlElement> Write(Figure figure, WriteContext context)
    {
        var number = context.NextPicture();
        var relationshipId = PartIds.Image(number);
        var image = context.Main.AddImagePart(ImagePartType.Png, relationshipId);
        using (var png = new MemoryStream(figure.Png, writable: false))
        {
            image.FeedData(png);
        }

        var (width, height) = Size(figure, context.TextWidth);
        yield return new Paragraph(
            Runs.Style(StyleIds.Figure),
            Runs.Of(Drawing(relationshipId, (uint)number, figure.Caption, width, height)));
        yield return Runs.Paragraph(StyleIds.Caption, figure.Caption);
    }

    /// <summary>The picture's width and height in EMU for a text block <paramref name="textWidth"/> twips wide.</summary>
    public static (long Width, long Height) Size(Figure figure, int textWidth)
    {
        var width = Math.Min(PreferredWidth, textWidth * EmuPerTwip);
        var height = figure.PixelWidth > 0 ? width * Math.Max(figure.PixelHeight, 1) / figure.PixelWidth : width * 3 / 4;
        if (height > MaxHeight)
        {
            // A lower figure fits the rest of a page more often, so fewer charts move on and leave a gap behind them.
            width = width * MaxHeight / height;
            height = MaxHeight;
        }

        return (width, height);
    }

    /// <summary>The picture's height in twips (<see cref="Size"/>).</summary>
    public static int HeightTwips(Figure figure, int textWidth) => (int)(Size(figure, textWidth).Height / EmuPerTwip);

    private static Drawing Drawing(string relationshipId, uint id, string caption, long width, long height) => new(
        new DW.Inline(
            new DW.Extent { Cx = width, Cy = height },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = $"图片 {id}", Description = caption },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0U, Name = $"image{id}.png", Description = caption },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = width, Cy = height }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            {
                Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture",
            }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        });
}
