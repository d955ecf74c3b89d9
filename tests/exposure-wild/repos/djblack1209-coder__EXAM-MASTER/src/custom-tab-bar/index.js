Component({
  data: {
    // 占位组件 - 实际 tabbar 由各页面内的 CustomTabbar 组件渲染
  },
  methods: {}
});
