import { render } from 'preact';
import '../../components/common/theme.css';
import '../../components/popup/popup.css';
import { applyDirection, chooseLanguage } from '../../utils/presentation';
import { getSettings } from '../../utils/settings';
import { App } from './App';

// The page speaks the chosen language (or the browser's) from its first paint, laid out in its direction.
void getSettings()
  .then((settings) => chooseLanguage(settings.language))
  .catch(() => undefined)
  .then(() => {
    applyDirection(document.documentElement);
    render(<App />, document.getElementById('app')!);
  });
