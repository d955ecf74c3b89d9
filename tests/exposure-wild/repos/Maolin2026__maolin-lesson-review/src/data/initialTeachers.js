// 小学数学组初始教师数据
// 密码统一默认为 REDACTED

export const GRADES = ["三年级", "四年级", "五年级", "六年级", "七年级", "八年级", "九年级"]

export const INITIAL_TEACHERS = [
  // 教学主管
  { id: "ML0119", name: "李颜", grade: "四年级", role: "admin", group: "教学主管", password: "REDACTED" },

  // 三年级（7人）
  { id: "ML0138", name: "杨轶男", grade: "三年级", role: "teacher", group: "组长", password: "REDACTED" },
  { id: "ML0273", name: "晏家鹏", grade: "三年级", role: "teacher", group: "", password: "REDACTED" },
  { id: "ML0179", name: "夏唓", grade: "三年级", role: "teacher", group: "", password: "REDACTED" },
  { id: "ML0375", name: "罗念", grade: "三年级", role: "teacher", group: "", password: "REDACTED" },
  { id: "ML0383", name: "柳诗苗", grade: "三年级", role: "teacher", group: "", password: "REDACTED" },
  { id: "ML0392", name: "毛娜", grade: "三年级", role: "teacher", group: "", password: "REDACTED" },
  { id: "ML0402", name: "林鑫", grade: "三年级", role: "teacher", group: "", password: "REDACTED" },

  // 四年级（8人）
  { id: "ML0098", name: "李丽霞", grade: "四年级", role: "teacher", group: "组长", password: "REDACTED" },
  { id: "ML0272", name: "覃海丽", grade: "四年级", role: "teacher", group: "", password: "REDACTED" },
  { id: "ML0277", name: "孙薇", grade: "四年级", role: "teacher", group: "", password: "REDACTED" },
  { id: "ML0297", name: "廖一鲔", grade: "四年级", role: "teacher", group: "", password: "REDACTED" },
  { id: "ML0089", name: "李尧", grade: "四年级", role: "teacher", group: "", password: "REDACTED" },
  { id: "ML0344", name: "周敏", grade: "四年级", role: "teacher", group: "", password: "REDACTED" },
  { id: "ML0405", name: "邹雨彤", grade: "四年级", role: "teacher", group: "", password: "REDACTED" },

  // 五年级（6人）
  { id: "ML0006", name: "代伟", grade: "五年级", role: "teacher", group: "", password: "REDACTED" },
  { id: "ML0175", name: "雷敏", grade: "五年级", role: "teacher", group: "组长", password: "REDACTED" },
  { id: "ML0298", name: "鲁鑫", grade: "五年级", role: "teacher", group: "", password: "REDACTED" },
  { id: "ML0168", name: "湛乐天", grade: "五年级", role: "teacher", group: "", password: "REDACTED" },
  { id: "ML0363", name: "李彩虹", grade: "五年级", role: "teacher", group: "", password: "REDACTED" },
  { id: "ML0414", name: "吴葶", grade: "五年级", role: "teacher", group: "", password: "REDACTED" },

  // 六年级（6人）
  { id: "ML0170", name: "王琪", grade: "六年级", role: "teacher", group: "组长", password: "REDACTED" },
  { id: "ML0280", name: "张思琦", grade: "六年级", role: "teacher", group: "", password: "REDACTED" },
  { id: "ML0303", name: "李家豪", grade: "六年级", role: "teacher", group: "", password: "REDACTED" },
  { id: "ML0314", name: "周游", grade: "六年级", role: "teacher", group: "", password: "REDACTED" },
  { id: "ML0385", name: "黄威", grade: "六年级", role: "teacher", group: "", password: "REDACTED" },
  { id: "ML0415", name: "周雅丽", grade: "六年级", role: "teacher", group: "", password: "REDACTED" },
]