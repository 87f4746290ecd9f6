/**
 * Many small shapes (dots, arrowheads, message lines) painted in short paths.
 *
 * Chromium's canvas slows down more than linearly as one path collects subpaths (the
 * figures are in bench/README.md, "Measurements behind the code"), so a batch fills or
 * strokes every `size` shapes and starts a new path. Where translucent shapes of two batches
 * overlap, the overlap is a little darker than within one path.
 */
export const SHAPES_PER_PATH = 16;

export class PathBatch {
  private shapes = 0;

  constructor(
    private readonly ctx: CanvasRenderingContext2D,
    private readonly paint: 'fill' | 'stroke',
    private readonly size = SHAPES_PER_PATH,
  ) {
    ctx.beginPath();
  }

  /** Call before adding each shape to `ctx`'s current path. */
  next(): void {
    if (this.shapes++ < this.size) return;
    this.flush();
    this.ctx.beginPath();
    this.shapes = 1;
  }

  /** Paints what is left. */
  end(): void {
    if (this.shapes > 0) this.flush();
    this.shapes = 0;
  }

  private flush(): void {
    if (this.paint === 'fill') this.ctx.fill();
    else this.ctx.stroke();
  }
}
