using Xunit;

namespace Fincomp.Tests.Checks;

/// <summary>A small unit whose figures all agree: every rule passes on it, and each failing test breaks one figure.</summary>
internal static class ConsistentUnit
{
    public const string Yaml = """
        unit:
          name: 测试单位
          short_name: 测试
          year: 2023
          kind: 行政单位
        profile:
          duties:
            - 负责本单位组织工作。
          organization:
            internal_units:
              - 综合科
        statement:
          income:
            general_budget: 300.00
            superior_subsidy: 20.00
          opening_balance: 10.00
          expenditure:
            basic: 150.00
            project: 170.00
          closing_balance: 10.00
          declared:
            income_total: 320.00
            expenditure_total: 320.00
            income_grand_total: 330.00
            expenditure_grand_total: 330.00
        appropriations:
          opening_balance:
            general_budget: 5.00
          closing_balance:
            general_budget: 5.0
        functional:
          lines:
            - code: "2013201"
              budget: 120.00
              actual: 120.00
              basic: 120.00
            - code: "2013202"
              section_name: 组织事务
              budget: 150.00
              actual: 150.00
              project: 150.00
            - code: "2010301"
              budget: 30.00
              actual: 30.00
              basic: 30.00
            - code: "2013299"
              fund: 其他资金
              actual: 20.00
              project: 20.00
              purpose: 主要用于组织事务方面的其他支出
          income:
            - { code: '2013201', total: 120.0, fiscal: 120.0 }
            - { code: '2013202', total: 150.0, fiscal: 150.0 }
            - { code: '2010301', total: 30.0, fiscal: 30.0 }
            - { code: '2013299', total: 20.0, superior_subsidy: 20.0 }
          declared_totals:
            - code: "201"
              actual: 300.00
            - code: "20132"
              actual: 270.00
        basic_expenditure:
          personnel: 100.00
          public: 50.00
          items:
            - code: "30101"
              name: 基本工资
              amount: 100.0
            - code: "30201"
              name: 办公费
              amount: 46.0
            - code: "30231"
              name: 公务用车运行维护费
              amount: 4.0
        three_public:
          budget:
            overseas: 0
            vehicle_purchase: 0.00
            vehicle_operation: 5.00
            domestic_reception: 2.00
            foreign_reception: 0
            total: 7.00
          actual:
            overseas: 0
            vehicle_purchase: 0
            vehicle_operation: 4.00
            domestic_reception: 1.50
            foreign_reception: 0
            total: 5.50
            vehicle_total: 4.00
            reception_total: 1.50
          reason: 厉行节约
          overseas:
            groups: 0
            people: 0
          vehicles:
            purchased:
              sedan:
                count: 0
                amount: 0
            fleet:
              sedan: 2
          receptions:
            domestic_batches: 3
            domestic_people: 20
        operating_costs:
          amount: 50.00
          reason: 人员增加
        procurement:
          goods: 10.00
          works: 0
          services: 20.00
          total: 30.00
          small_and_medium: 25.00
          small_and_micro: 10.00
        assets:
          vehicles:
            leaders: 0
            confidential: 0
            emergency: 0
            other: 2
            ministerial: 0
            law_enforcement: 0
            special_purpose: 0
            retired: 0
          general_equipment_over50: 0
          special_equipment_over100: 0
        performance_management:
          prior_assessed: 1
          with_targets: 1
          monitored: 1
        previous:
          income_grand_total: 325.00
          expenditure_grand_total: 325.00
          three_public:
            vehicle_operation: 4.00
            domestic_reception: 1.60
          operating_costs: 48.00
        performance:
          unit_report:
            title: 2023年整体支出绩效自评报告
            budget:
              initial: 350.00
              adjustment: 20.00
              actual: 330.00
            score: 90
            score_parts:
              - name: 预算管理
                score: 70
                parts:
                  - name: 编制
                    score: 40
                  - name: 执行
                    score: 30
              - name: 结果应用
                score: 20
            form:
              indicator_groups:
                - level2: 数量指标
                  weight: 50
                  indicators:
                    - name: 活动次数
                      value: "≥3"
                      unit: 次
                - level2: 满意度指标
                  weight: 50
                  indicators:
                    - name: 满意度
                      value: "≥90"
                      unit: "%"
              total: 100
          projects:
            - name: 示例项目
              title: 2023年示例项目支出绩效自评报告
              sections:
                - title: 一、项目概况
                  paragraphs:
                    - 示例项目用于开展组织活动。
              annual_goal: 开展组织活动不少于4次。
              budget:
                fiscal:
                  initial: 50.00
                  adjusted: 40.00
                  executed: 40.00
                weight: 10
              spending:
                - name: 会议费
                  amount: 10.00
                  items:
                    - name: 场地
                      amount: 4.00
                    - name: 资料
                      amount: 6.00
                - name: 培训费
                  amount: 30.00
              indicators:
                - level1: 产出指标
                  level2: 数量指标
                  name: 活动次数
                  nature: ≥
                  target: "4"
                  unit: 次
                  achieved: "5"
                  weight: 30
                  score: 30
                - level1: 产出指标
                  level2: 质量指标
                  name: 覆盖率
                  nature: ≥
                  target: "90"
                  unit: "%"
                  achieved: "95"
                  weight: 30
                  score: 30
                - level1: 产出指标
                  level2: 成本指标
                  name: 全年支出
                  nature: ≤
                  target: "40"
                  unit: 万元
                  achieved: "40"
                  weight: 30
                  score: 30
              total_weight: 100
              total_score: 100
              conclusion: 自评得分为满分。

        """;
}
