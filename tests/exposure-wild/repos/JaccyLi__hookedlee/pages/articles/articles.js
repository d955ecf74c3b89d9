const articlesList = require('./articles-list.js')
      const articleEn = require('./articles/' + article.markdownFile.en)
      const articleZh = require('./articles/' + article.markdownFile.zh)
