import { getSite } from '@/lib/content';
import { translator, type Translator } from '@/lib/i18n';

/** The interface's words in the site's language (`lang` in `_config.yml`), for routes to hand to components. */
export const siteWords = (): Translator => translator(getSite().language);
