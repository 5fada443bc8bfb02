import { readonly, ref, shallowRef, type Ref } from 'vue';
import { usePagedQuery, type FetchPage, type Page } from './usePagedQuery';

interface FilteredQueryOptions<TForm, TFilter, TNode> {
  /** The filter form as it is before the user types anything. */
  emptyForm: () => TForm;
  /** What the server is asked for, given the form. */
  toFilter: (form: TForm) => TFilter;
  /** One page under `filter`; pass `silent: true` to request(), the list shows its own error. */
  fetchPage: (filter: TFilter, page: Parameters<FetchPage<TNode>>[0]) => Promise<Page<TNode>>;
}

/**
 * A paged list behind a filter bar. The filter applies when the user presses Search, not on every
 * keystroke, so paging keeps the filter that was searched even while the form is being edited;
 * a new search starts again at page 1.
 */
export function useFilteredPagedQuery<TForm, TFilter, TNode>(options: FilteredQueryOptions<TForm, TFilter, TNode>) {
  const filter = ref(options.emptyForm()) as Ref<TForm>;
  const applied = shallowRef(options.toFilter(filter.value));
  const list = usePagedQuery<TNode>((page) => options.fetchPage(applied.value, page));

  function search(): Promise<void> {
    applied.value = options.toFilter(filter.value);
    return list.firstPage();
  }

  function resetFilter(): Promise<void> {
    filter.value = options.emptyForm();
    return search();
  }

  /** `filter` is the form the filter bar edits; `applied` what the list shows (an export takes the same). */
  return { filter, applied: readonly(applied), list, search, resetFilter };
}
