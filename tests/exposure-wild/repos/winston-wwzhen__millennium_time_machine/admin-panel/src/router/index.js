import { createRouter, createWebHistory } from 'vue-router'

const routes = [
  {
    path: '/login',
    name: 'Login',
    component: () => import('../views/Login.vue'),
    meta: { requiresAuth: false }
  },
  {
    path: '/',
    component: () => import('../views/Layout.vue'),
    meta: { requiresAuth: true },
    redirect: '/dashboard',
    children: [
      {
        path: 'dashboard',
        name: 'Dashboard',
        component: () => import('../views/Dashboard.vue')
      },
      {
        path: 'users',
        name: 'Users',
        component: () => import('../views/Users.vue')
      },
      {
        path: 'user/detail',
        name: 'UserDetail',
        component: () => import('../views/UserDetail.vue')
      },
      {
        path: 'rankings',
        name: 'Rankings',
        component: () => import('../views/Rankings.vue')
      },
      {
        path: 'eggs',
        name: 'Eggs',
        component: () => import('../views/Eggs.vue')
      },
      {
        path: 'chats',
        name: 'Chats',
        component: () => import('../views/Chats.vue')
      },
      {
        path: 'qcio',
        name: 'QCIO',
        component: () => import('../views/QCIO.vue')
      },
      {
        path: 'creator',
        name: 'Creator',
        component: () => import('../views/Creator.vue')
      },
      {
        path: 'cdk',
        name: 'CDK',
        component: () => import('../views/CDK.vue')
      }
    ]
  }
]

const router = createRouter({
  history: createWebHistory(),
  routes
})

// 路由守卫
router.beforeEach((to, from, next) => {
  const token = localStorage.getItem('admin_token')

  if (to.meta.requiresAuth && !token) {
    next('/login')
  } else if (to.path === '/login' && token) {
    next('/')
  } else {
    next()
  }
})

export default router
