import { render } from 'preact';
render(<main>Creditline</main>, document.getElementById('app')!);
