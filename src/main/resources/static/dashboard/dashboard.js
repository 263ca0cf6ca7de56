// Draws one ECharts chart per data table of the dashboard. The tables stay the source and the
// accessible form of the data; without JavaScript only the tables are shown.
(function () {
  'use strict';
  function number(cell) {
    var v = cell.getAttribute('data-value');
    return v === null || v === '' ? null : Number(v);
  }
  function draw(table) {
    var id = table.getAttribute('data-chart');
    var target = document.querySelector('.zeichnung[data-for="' + id + '"]');
    if (!target || typeof echarts === 'undefined') { return; }
    var heads = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent; });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var labels = rows.map(function (tr) { return tr.querySelector('th').textContent; });
    var kind = table.getAttribute('data-kind') === 'line' ? 'line' : 'bar';
    var series = [];
    for (var c = 1; c < heads.length; c++) {
      var data = rows.map(function (tr) { return number(tr.querySelectorAll('td')[c - 1]); });
      if (data.some(function (d) { return d !== null; })) {
        series.push({ name: heads[c], type: kind, data: data });
      }
    }
    var goal = table.getAttribute('data-target');
    if (goal && series.length) {
      series[series.length - 1].markLine = {
        symbol: 'none', data: [{ yAxis: Number(goal), name: table.getAttribute('data-target-label') || '' }],
        label: { formatter: table.getAttribute('data-target-label') || '' }
      };
    }
    var chart = echarts.init(target, null, { locale: 'DE' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { top: 40, left: 60, right: 20, bottom: 60 },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value' },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('table[data-chart]'), draw);
  });
})();
