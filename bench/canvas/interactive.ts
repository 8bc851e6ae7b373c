/**
 * Time to interactive as the canvas benchmarks count it, run in the page: resolves with
 * `performance.now()` once the nodes in view (up to 40 of `count`) are in the DOM and measured (not
 * hidden), then two frames painted. Shared by the report and the open trace so both measure the same.
 */
export const interactive = (count: number) =>
  new Promise<number>((resolve) => {
    const check = () => {
      const nodes = document.querySelectorAll('.react-flow__node');
      const ready =
        nodes.length >= Math.min(count, 40) &&
        (nodes[nodes.length - 1] as HTMLElement).style.visibility !== 'hidden';
      if (ready) requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
      else requestAnimationFrame(check);
    };
    check();
  });
