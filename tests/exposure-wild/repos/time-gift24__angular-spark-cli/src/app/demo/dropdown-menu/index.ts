export * from './dropdown-menu-demo.component';
