/**
 * The import panel, fetched when it is first shown. Reading a spreadsheet export needs PapaParse,
 * encoding and date detection and the column mapping UI (about 20 KB gzipped), which a visitor who
 * only reads the results never uses; the tool pages stay within their size budget this way.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ComponentProps, FunctionComponent } from 'preact';
import type { Locale } from '../../i18n/locales';
import type { ImportPanel as Panel } from './ImportPanel.tsx';
import { IMPORT_LOADING } from './lazyStrings.ts';
import { lazyImport } from '../../scripts/lazyImport.ts';

type Props = ComponentProps<typeof Panel>;
let loaded: FunctionComponent<Props> | null = null;

export function LazyImportPanel(props: Props & { locale: Locale }) {
  const [Component, setComponent] = useState<FunctionComponent<Props> | null>(() => loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (Component) return;
    let live = true;
    lazyImport(() => import('./ImportPanel.tsx'))
      .then((module) => {
        loaded = module.ImportPanel;
        if (live) setComponent(() => module.ImportPanel);
      })
      .catch(() => {
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [Component]);
  if (Component) return <Component {...props} />;
  const t = IMPORT_LOADING[props.locale];
  return <p role="status" class="muted">{failed ? t.failed : t.loading}</p>;
}
