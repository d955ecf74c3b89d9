export default [
  {
    path: "/",
    name: "home",
    component: () => import("@/layout/index.vue"),
    meta: {
      title: "home",
    },
    children: [
      {
        path: "/chat",
        name: "chat",
        component: () => import("@/views/chat/index.vue"),
        meta: {
          title: "chat",
          keepAlive: true,
        },
      },
      {
        path: "/friends",
        name: "friends",
        component: () => import("@/views/friends/index.vue"),
        meta: {
          title: "friends",
        },
      },
      {
        path: "/discover",
        name: "discover",
        component: () => import("@/views/discover/index.vue"),
        meta: {
          title: "discover",
        },
      },
      {
        path: "/settings",
        name: "settings",
        component: () => import("@/views/settings/index.vue"),
        meta: {
          title: "settings",
        },
      },
      {
        path: "/about",
        name: "about",
        component: () => import("@/views/about/index.vue"),
        meta: {
          title: "about",
        },
      },
    ],
  },
  {
    path: "/:pathMatch(.*)*",
    name: "not-found",
    component: () => import("@/views/not-found/index.vue"),
    meta: {
      title: "not-found",
    },
  },
]
