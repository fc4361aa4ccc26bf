// Lazy route module: the explorer as lists, actors and actions matching the selection.
import { ActionList } from '../home/ActionList';
import { ActorList } from '../home/ActorList';
import { useCommon } from '../i18n/common';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { shows } from '../../../api/shared/portal-filter';
import { useApiFilters, usePortalFilter } from './usePortalFilter';

export function Component() {
  const t = useCommon();
  const { filter } = usePortalFilter();
  const api = useApiFilters(filter);
  useDocumentTitle(t('explore'));
  return (
    <>
      <h1 className="visually-hidden">{t('explore')}</h1>
      <div className="columns">
        {shows(filter, 'actions') && <ActionList filter={api.actions} />}
        {shows(filter, 'actors') && <ActorList filter={api.actors} />}
      </div>
    </>
  );
}
