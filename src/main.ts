// Composition root of the browser app: picks the page from the URL and starts it. The drill app
// (default) is drillApp.ts; ?view=venue is the crowd model alone on the map (venuePage.ts).
const params = new URLSearchParams(location.search);
const root = document.getElementById('root')!;

if (params.get('view') === 'venue') {
  void import('./venuePage').then((m) => m.startVenuePage());
} else {
  void import('./drillApp').then((m) => m.startDrillApp(root, params)).catch((e: unknown) => {
    // A broken start shows a message, never a blank page.
    const p = document.createElement('p');
    p.className = 'status fatal';
    p.setAttribute('role', 'alert');
    p.textContent = `沙盘无法启动 / Shapan could not start: ${e instanceof Error ? e.message : String(e)}`;
    root.replaceChildren(p);
    console.error(e);
  });
}
