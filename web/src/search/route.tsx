// Lazy route module: search results across kinds for ?q=.
import { useSearchParams } from 'wouter';
import { ActionList } from '../home/ActionList';
import { ActorList } from '../home/ActorList';
import { useCommon } from '../i18n/common';
import { useDocumentTitle } from '../shared/useDocumentTitle';

export function Component() {
  const t = useCommon();
  const text = useSearchParams()[0].get('q')?.trim() ?? '';
  useDocumentTitle(text ? `${t('search')} : ${text}` : t('search'));
  return (
    <>
      <h1>{t('search')}</h1>
      <div className="columns">
        <ActorList filter={text ? { text } : null} />
        <ActionList filter={text ? { text } : null} />
      </div>
    </>
  );
}
