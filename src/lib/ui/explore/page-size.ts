/** Rows per page of the explore preview (LIMIT/OFFSET paging keeps a 1M-row result smooth). */
export const EXPLORE_PAGE_SIZE = 100;
