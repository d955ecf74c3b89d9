import { Component, ChangeDetectionStrategy } from '@angular/core';
export class TableComponent {}
export class TableHeaderComponent {}
export class TableBodyComponent {}
export class TableFooterComponent {}
export class TableRowComponent {}
export class TableHeadComponent {}
export class TableCellComponent {}
export class TableCaptionComponent {}
