// OData query helpers shared by the emulator's resource routes: $select, $filter, $top/$skiptoken paging, @odata.context.
export { odataContext, contextFragmentWithSelect } from './context';
export { parseSelect, applySelect } from './select';
export type { SelectOptions } from './select';
export {
  FilterSyntaxError,
  parseFilter,
  parseFilterParam,
  escapeODataString,
} from './filter-parser';
export type {
  FilterLiteral,
  FilterOperand,
  ComparisonOperator,
  FilterFunctionName,
  FilterNode,
} from './filter-parser';
export { filterProperties, evaluateFilter } from './filter-evaluation';
export type { FilterEvaluationOptions } from './filter-evaluation';
export { readTop, paginate, queryString } from './paging';
export type { PaginateOptions, Page } from './paging';
