"""`codegen.crosscheck`: reading Hydra-generated JavaScript and comparing it with a spec.

The JavaScript samples are small hand-written imitations of the generated code's statements
(the lines the extraction reads); nothing is fetched.
"""

from __future__ import annotations

import json
from pathlib import Path

from codegen.crosscheck import (
    Element,
    JsOperation,
    compare,
    extract_operations,
    main,
    normalize_path,
    read_summary,
    report,
)
from codegen.loader import load_spec

SPEC = """\
namespaces:
  wa: http://schemas.microsoft.com/windowsazure
  i: http://www.w3.org/2001/XMLSchema-instance
clients:
  TestService:
    doc: The client.
    x_ms_version: "2014-10-01"
    content_type: application/xml
    default: true
operations:
  create_widget:
    doc: Creates a widget.
    http: {method: POST, path: "/{subscription_id}/services/widgets"}
    async: true
    params:
      - {name: name, type: string, required: true}
      - {name: label, type: string}
    request: CreateWidget
  get_widget:
    doc: Gets a widget.
    http: {method: GET, path: "/{subscription_id}/services/widgets/{widget_name}"}
    params:
      - {name: widget_name, type: string, required: true}
    response: Widget
  list_widgets:
    doc: Lists the widgets.
    http: {method: GET, path: "/{subscription_id}/services/widgets"}
    response: {list: Widget, xml: Widgets}
  start_widget:
    doc: Starts a widget.
    http:
      method: POST
      path: "/{subscription_id}/services/widgets/{widget_name}"
      query:
        comp: {value: start}
    params:
      - {name: widget_name, type: string, required: true}
shapes:
  CreateWidget:
    doc: What create_widget sends.
    xml: CreateWidget
    members:
      - {name: name, xml: Name, type: string, required: true}
      - {name: label, xml: Label, type: string}
  Widget:
    doc: A widget.
    xml: Widget
    members:
      - {name: name, xml: Name, type: string}
      - {name: parts, xml: Parts, type: list, item: Part}
  Part:
    doc: A part.
    xml: Part
    members:
      - {name: size, xml: Size, type: int}
"""

# The generated code names the namespace on every call (in capitals where it reads).
JS = """\
  WidgetOperations.prototype.beginCreating = function(parameters, callback) {
    var url2 = '';
    url2 = url2 + '/';
    if (this.client.credentials.subscriptionId !== null) {
      url2 = url2 + encodeURIComponent(this.client.credentials.subscriptionId);
    }
    url2 = url2 + '/services/widgets';
    var baseUrl = this.client.baseUri;
    httpRequest.method = 'POST';
    httpRequest.headers['x-ms-version'] = '2017-01-01';
    var requestDoc = {};
    var createWidgetElement = js2xml.createElement('CreateWidget', NS);
    js2xml.addChildElement(requestDoc, createWidgetElement);
    var labelElement = js2xml.createElement('Label', NS);
    js2xml.addChildElement(createWidgetElement, labelElement);
    var nameElement = js2xml.createElement('Name', NS);
    js2xml.addChildElement(createWidgetElement, nameElement);
    var colorElement = js2xml.createElement('Color', NS);
    js2xml.addChildElement(createWidgetElement, colorElement);
  };
  WidgetOperations.prototype.create = function(parameters, callback) {
    return client2.widgets.beginCreating(parameters, function (err, result) {});
  };
  WidgetOperations.prototype.list = function(callback) {
    var url2 = '';
    url2 = url2 + '/';
    url2 = url2 + encodeURIComponent(this.client.credentials.subscriptionId);
    url2 = url2 + '/services/widgets';
    var baseUrl = this.client.baseUri;
    httpRequest.method = 'GET';
    httpRequest.headers['x-ms-version'] = '2017-01-01';
    var widgetsSequenceElement = js2xml.getElement(responseDoc, responseDoc, 'WIDGETS', NS);
    for (var i = 0;
         i < js2xml.getElements(responseDoc, widgetsSequenceElement, 'WIDGET', NS).length; i++) {
      var widgetsElement = js2xml.getElements(responseDoc, widgetsSequenceElement, 'WIDGET', NS)[i];
      var nameElement = js2xml.getElement(responseDoc, widgetsElement, 'NAME', NS);
      var stateElement = js2xml.getElement(responseDoc, widgetsElement, 'STATE', NS);
      var partsSequenceElement = js2xml.getElement(responseDoc, widgetsElement, 'PARTS', NS);
      for (var j = 0;
           j < js2xml.getElements(responseDoc, partsSequenceElement, 'PART', NS).length; j++) {
        var partsElement = js2xml.getElements(responseDoc, partsSequenceElement, 'PART', NS)[j];
        var weightElement = js2xml.getElement(responseDoc, partsElement, 'WEIGHT', NS);
        var sizeElement = js2xml.getElement(responseDoc, partsElement, 'SIZE', NS);
      }
    }
  };
  WidgetOperations.prototype.beginStopping = function(widgetName, deleteAll, callback) {
    var url2 = '';
    url2 = url2 + '/';
    url2 = url2 + encodeURIComponent(this.client.credentials.subscriptionId);
    url2 = url2 + '/services/widgets/';
    url2 = url2 + encodeURIComponent(widgetName);
    var queryParameters = [];
    queryParameters.push('comp=stop');
    if (deleteAll === true) {
      queryParameters.push('comp=media');
    }
    queryParameters.push('timeout=' + encodeURIComponent(timeout));
    if (queryParameters.length > 0) {
      url2 = url2 + '?' + queryParameters.join('&');
    }
    var baseUrl = this.client.baseUri;
    httpRequest.method = 'POST';
    httpRequest.headers['x-ms-version'] = '2016-03-01';
    var requestContent = '<StopWidget xmlns="http://schemas.microsoft.com/windowsazure"><Force>true</Force></StopWidget>';
  };
  OldOperations.prototype.get = function(widgetName, callback) {
    var url2 = (c.subscriptionId ? c.subscriptionId.trim() : '') + '/services/widgets/' + w.trim();
    var baseUrl = this.client.baseUri;
    httpRequest.method = 'GET';
    httpRequest.headers['x-ms-version'] = '2012-03-01';
  };
""".replace("NS", "'http://schemas.microsoft.com/windowsazure'")


def test_extraction_reads_method_path_query_version_and_elements() -> None:
    operations = {op.name: op for op in extract_operations(JS)}
    # `create` only polls `beginCreating`: not an operation of its own.
    assert list(operations) == [
        "WidgetOperations.beginCreating",
        "WidgetOperations.list",
        "WidgetOperations.beginStopping",
        "OldOperations.get",
    ]
    create = operations["WidgetOperations.beginCreating"]
    assert (create.method, create.path, create.x_ms_version) == (
        "POST",
        "/{subscription_id}/services/widgets",
        "2017-01-01",
    )
    assert create.request == Element(
        "CreateWidget", [Element("Label"), Element("Name"), Element("Color")]
    )
    assert create.response is None

    listing = operations["WidgetOperations.list"].response
    assert listing == Element(
        "Widgets",
        [
            Element(
                "Widget",
                [
                    Element("Name"),
                    Element("State"),
                    Element("Parts", [Element("Part", [Element("Weight"), Element("Size")])]),
                ],
            )
        ],
    )

    stop = operations["WidgetOperations.beginStopping"]
    assert stop.path == "/{subscription_id}/services/widgets/{}"
    assert stop.query == {"comp": "stop"}
    assert stop.optional_query == {"comp": "media"}
    assert stop.query_params == ("timeout",)
    assert stop.wire == "POST /{subscription_id}/services/widgets/{}?comp=stop"
    assert stop.request == Element("StopWidget", [Element("Force")])

    old = operations["OldOperations.get"]
    assert old.path == "/{subscription_id}/services/widgets/{}"


def test_normalize_path_ignores_parameter_names_case_and_trailing_slash() -> None:
    assert normalize_path("/{subscription_id}/Services/X/{name}/") == (
        "/{subscription_id}/services/x/{}"
    )


def test_compare_reports_missing_operations_elements_order_and_versions(tmp_path: Path) -> None:
    (tmp_path / "api.yaml").write_text(SPEC, encoding="utf-8")
    spec = load_spec(tmp_path)
    matches = compare(spec, extract_operations(JS))
    found = {m.js.name: m for m in matches}
    assert found["WidgetOperations.beginCreating"].operation is not None
    assert found["WidgetOperations.beginCreating"].problems == [
        "request CreateWidget (CreateWidget): missing Color",
        "request CreateWidget (CreateWidget): order differs: package label, name; spec name, label",
    ]
    assert found["WidgetOperations.beginCreating"].version_behind
    listing = found["WidgetOperations.list"]
    assert listing.operation is not None and listing.operation.name == "list_widgets"
    assert listing.problems == [
        "response Widget (Widgets/Widget): missing State",
        "response Part (Widgets/Widget/Parts/Part): missing Weight",
    ]
    # Same method and path as start_widget, but another comp= value: not in the spec.
    assert found["WidgetOperations.beginStopping"].operation is None
    assert found["OldOperations.get"].operation is not None
    assert not found["OldOperations.get"].version_behind

    lines, summary = report("azure-asm-widgets", "1.0.0", matches)
    assert lines[:3] == [
        "== azure-asm-widgets 1.0.0",
        "4 operations (x-ms-version 2012-03-01, 2016-03-01, 2017-01-01); 3 in the spec, 1 missing",
        "  missing operation: WidgetOperations.beginStopping: "
        "POST /{subscription_id}/services/widgets/{}?comp=stop timeout=... "
        "(x-ms-version 2016-03-01)",
    ]
    assert summary == {
        "version": "1.0.0",
        "x_ms_version": "2017-01-01",
        "operations": 4,
        "in_spec": 3,
        "missing_operations": 1,
        "shapes_missing_elements": 3,
        "request_order_differences": 1,
        "request_case_differences": 0,
        "older_x_ms_version": 2,
    }


def test_main_reads_a_cached_package_and_merges_the_summary(tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    spec.mkdir()
    (spec / "api.yaml").write_text(SPEC, encoding="utf-8")
    cache = tmp_path / "cache"
    package = cache / "azure-asm-widgets-1.0.0" / "package"
    (package / "lib").mkdir(parents=True)
    (package / "lib" / "widgetClient.js").write_text(JS, encoding="utf-8")
    (package / "package.json").write_text('{"version": "1.0.0"}', encoding="utf-8")
    (cache / "azure-asm-widgets-1.0.0.tgz").write_bytes(b"")  # already fetched
    summary = tmp_path / "summary.json"
    summary.write_text(json.dumps({"azure-asm-other": {"operations": 1}}), encoding="utf-8")
    arguments = ["--spec", str(spec), "--cache", str(cache), "--summary", str(summary)]
    assert main([*arguments, "azure-asm-widgets"]) == 0
    written = read_summary(summary)
    assert list(written) == ["azure-asm-other", "azure-asm-widgets"]
    assert written["azure-asm-widgets"]["missing_operations"] == 1
    assert read_summary(tmp_path / "absent.json") == {}


def test_a_conditional_comp_value_matches_the_package_operation_sending_it(tmp_path: Path) -> None:
    api = SPEC.replace(
        "shapes:",
        """  delete_widget:
    doc: Deletes a widget.
    http:
      method: DELETE
      path: "/{subscription_id}/services/widgets/{widget_name}"
      query:
        comp: {value: media, when: complete}
    params:
      - {name: widget_name, type: string, required: true}
      - {name: complete, type: bool, default: false}
shapes:""",
        1,
    )
    (tmp_path / "api.yaml").write_text(api, encoding="utf-8")
    js = """\
  WidgetOperations.prototype.beginDeletingAll = function(widgetName, callback) {
    url2 = url2 + encodeURIComponent(this.client.credentials.subscriptionId);
    url2 = url2 + '/services/widgets/';
    url2 = url2 + encodeURIComponent(widgetName);
    queryParameters.push('comp=media');
    var baseUrl = this.client.baseUri;
    httpRequest.method = 'DELETE';
  };
"""
    [match] = compare(load_spec(tmp_path), extract_operations(js))
    assert match.operation is not None and match.operation.name == "delete_widget"


def test_request_names_are_compared_in_their_case(tmp_path: Path) -> None:
    (tmp_path / "api.yaml").write_text(
        SPEC.replace("xml: Label", "xml: LABEL", 1), encoding="utf-8"
    )
    matches = compare(load_spec(tmp_path), extract_operations(JS))
    create = next(m for m in matches if m.js.name == "WidgetOperations.beginCreating")
    assert (
        "request CreateWidget (CreateWidget): case differs: Label (spec LABEL)" in create.problems
    )


def test_operations_sharing_a_get_are_told_apart_by_their_answer(tmp_path: Path) -> None:
    api = SPEC.replace(
        "shapes:",
        """  count_widgets:
    doc: Counts the widgets (the same GET as list_widgets, with properties=count).
    http:
      method: GET
      path: "/{subscription_id}/services/widgets"
      query:
        properties: {value: count}
    response: WidgetCount
shapes:
  WidgetCount:
    doc: The number of widgets.
    xml: Count
    members:
      - {name: value, xml: Count, type: string, text: true}""",
        1,
    )
    (tmp_path / "api.yaml").write_text(api, encoding="utf-8")
    js = JsOperation(
        name="WidgetOperations.count",
        method="GET",
        path="/{subscription_id}/services/widgets",
        query={"properties": "count"},
        optional_query={},
        query_params=(),
        x_ms_version="",
        request=None,
        response=Element("COUNT"),
    )
    [match] = compare(load_spec(tmp_path), [js])
    assert match.operation is not None and match.operation.name == "count_widgets"
    assert match.problems == []
